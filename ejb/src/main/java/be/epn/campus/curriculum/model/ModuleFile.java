package be.epn.campus.curriculum.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One file of a module (module.json, a lesson, a picture, a document), its bytes, and for documents what
 * was read out of them (title, language, pages, text for search). The bytes load only when asked for.
 */
@Entity
@Table(name = "module_file")
@NamedQuery(name = "ModuleFile.byPath", query = "SELECT f FROM ModuleFile f WHERE f.module.key = :module AND f.path = :path")
@NamedQuery(name = "ModuleFile.ofModule", query = "SELECT f FROM ModuleFile f WHERE f.module = :module ORDER BY f.path")
public class ModuleFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @Column(nullable = false)
    private String path;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "doc_title")
    private String title;

    @Column(name = "doc_language", length = 8)
    private String language;

    @Column(name = "doc_pages")
    private Integer pages;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    protected ModuleFile() {
        // for JPA
    }

    ModuleFile(LearningModule module, String path, String mediaType, byte[] content, String sha256) {
        this.module = module;
        this.path = path;
        this.mediaType = mediaType;
        this.content = content;
        this.byteSize = content.length;
        this.sha256 = sha256;
    }

    /** What was read out of a document, for search and for showing it. */
    public void describeDocument(String title, String language, Integer pages, String text) {
        this.title = title == null || title.length() <= 255 ? title : title.substring(0, 255);
        this.language = language;
        this.pages = pages;
        this.extractedText = text;
    }

    public Long getId() {
        return id;
    }

    public LearningModule getModule() {
        return module;
    }

    public String getPath() {
        return path;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getPages() {
        return pages;
    }

    public String getExtractedText() {
        return extractedText;
    }
}
