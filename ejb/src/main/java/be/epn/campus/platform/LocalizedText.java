package be.epn.campus.platform;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A text in French, Dutch and English: a value object, immutable once made. Stored as three columns
 * ({@code <name>_fr}, {@code <name>_nl}, {@code <name>_en}) because the set of languages is fixed by the
 * project and three columns keep queries and indexes simple.
 */
@Embeddable
@Access(AccessType.FIELD)
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fr;
    private String nl;
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String fr, String nl, String en) {
        this.fr = fr;
        this.nl = nl;
        this.en = en;
    }

    public static LocalizedText of(String fr, String nl, String en) {
        return new LocalizedText(fr, nl, en);
    }

    /** The text in the given language, falling back to French, then English, when it is missing. */
    public String in(Language language) {
        String text = raw(language == null ? Language.DEFAULT : language);
        if (text == null || text.isBlank()) {
            text = fr != null && !fr.isBlank() ? fr : en;
        }
        return text;
    }

    /** The text in the language of an ISO code (for pages: {@code #{item.title.in('nl')}}). */
    public String in(String languageCode) {
        return in(Language.fromCode(languageCode).orElse(Language.DEFAULT));
    }

    /** The stored text in exactly that language, possibly null. */
    public String raw(Language language) {
        return switch (language) {
            case FR -> fr;
            case NL -> nl;
            case EN -> en;
        };
    }

    public String getFr() {
        return fr;
    }

    public String getNl() {
        return nl;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(fr, that.fr) && Objects.equals(nl, that.nl) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fr, nl, en);
    }

    @Override
    public String toString() {
        return "{fr=" + fr + ", nl=" + nl + ", en=" + en + "}";
    }
}
