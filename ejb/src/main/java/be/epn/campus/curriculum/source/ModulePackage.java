package be.epn.campus.curriculum.source;

import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import be.epn.campus.platform.zip.BoundedZipReader;
import be.epn.campus.platform.zip.ZipLimitException;
import be.epn.campus.platform.zip.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * A coordinator's upload: a zip of one or more module directories, at its root ("email-first-steps/...")
 * or under "modules/" ("modules/email-first-steps/..."), as they sit in the curricula. The upload is
 * read as a stream within {@link ZipLimits}: a bomb or an endless upload is refused after at most one
 * limit's worth of bytes, and nothing is ever written to disk.
 */
public final class ModulePackage {

    private static final long MB = 1024L * 1024L;

    /** 200 MB read, 300 MB inflated, 20 MB per file, 2,000 entries, 100:1 at most once a file passes 1 MB. */
    public static final ZipLimits DEFAULT_LIMITS = new ZipLimits(200 * MB, 300 * MB, 20 * MB, 2_000, 100, MB);

    /** The "file" of a problem that belongs to no entry (the package as a whole). */
    public static final String PACKAGE = "package";

    private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ZipLimits limits;

    public ModulePackage() {
        this(DEFAULT_LIMITS);
    }

    public ModulePackage(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * @return the modules of the package, in id order, their files named "modules/&lt;id&gt;/&lt;path&gt;"
     * @throws InvalidCurriculumException every problem found (an unsafe entry name refuses the whole package;
     *                                    a passed limit stops reading at once)
     */
    public List<ModuleFiles> read(InputStream upload) {
        List<CurriculumProblem> problems = new ArrayList<>();
        Map<String, CurriculumFile> files = new LinkedHashMap<>();
        String current = PACKAGE;
        try (BoundedZipReader zip = new BoundedZipReader(upload, limits)) {
            ZipEntry entry;
            while ((entry = zip.next()) != null) {
                current = entry.getName();
                String name = placed(current, entry.isDirectory(), problems);
                if (name == null) {
                    zip.skip();
                } else if (files.containsKey(name)) {
                    problems.add(new CurriculumProblem(current, "entry", "this file is in the package twice", ProblemCodes.TWICE));
                    zip.skip();
                } else {
                    files.put(name, new CurriculumFile(name, zip.read()));
                }
            }
        } catch (ZipLimitException e) {
            problems.add(new CurriculumProblem(current, "entry", tooMuch(e), ProblemCodes.of(e.limit())));
            throw new InvalidCurriculumException(problems);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8
            problems.add(new CurriculumProblem(current, "entry", "the package is damaged or is not a zip file", ProblemCodes.DAMAGED));
            throw new InvalidCurriculumException(problems);
        }
        if (problems.isEmpty() && files.isEmpty()) {
            problems.add(new CurriculumProblem(PACKAGE, "zip", "the package holds no module (a zip of module directories is expected)", ProblemCodes.EMPTY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(problems);
        }
        return ModuleFiles.group(new ArrayList<>(files.values()));
    }

    /**
     * The curriculum name ("modules/&lt;id&gt;/&lt;path&gt;") of an entry, or null for an entry to skip: a directory,
     * operating-system litter, or an unsafe name (then a problem is recorded and the package will be refused).
     */
    private static String placed(String entryName, boolean directory, List<CurriculumProblem> problems) {
        String path = directory && entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        // zip-slip: the same rules as paths inside module files, and the names become paths of ours
        if (!ModulePaths.isSafe(path)) {
            problems.add(new CurriculumProblem(entryName, "entry",
                    "unsafe name: entries must be relative paths inside the package (no '..', no leading '/', no '\\', no drive letter)",
                    ProblemCodes.UNSAFE_NAME));
            return null;
        }
        if (directory || isLitter(path)) {
            return null;
        }
        String[] parts = path.split("/");
        int first = parts[0].equals("modules") && parts.length >= 3 ? 1 : 0;
        if (parts.length - first < 2) {
            problems.add(new CurriculumProblem(entryName, "entry", "every file must be inside a module's directory",
                    ProblemCodes.OUTSIDE_MODULE));
            return null;
        }
        String moduleId = parts[first];
        if (!MODULE_ID.matcher(moduleId).matches()) {
            problems.add(new CurriculumProblem(entryName, "entry",
                    "\"" + moduleId + "\" is not a module id (lower-case letters, digits and '-')", ProblemCodes.NOT_A_MODULE_ID));
            return null;
        }
        return "modules/" + String.join("/", List.of(parts).subList(first, parts.length));
    }

    /** What archivers of macOS and Windows add on their own; never part of a module. */
    private static boolean isLitter(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || fileName.equals(".DS_Store")
                || fileName.equals("Thumbs.db") || fileName.startsWith("._");
    }

    private String tooMuch(ZipLimitException e) {
        return switch (e.limit()) {
            case COMPRESSED_TOTAL -> "the package is larger than " + megabytes(limits.maxCompressedBytes());
            case UNCOMPRESSED_TOTAL -> "the package holds more than " + megabytes(limits.maxUncompressedBytes()) + " once unpacked";
            case ENTRY_SIZE -> "this file is larger than " + megabytes(limits.maxEntryBytes()) + " once unpacked";
            case ENTRIES -> "the package holds more than " + limits.maxEntries() + " files and directories";
            case RATIO -> "this file is compressed too much to be genuine (more than " + limits.maxRatio() + " to 1): refused as a zip bomb";
        };
    }

    private static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
