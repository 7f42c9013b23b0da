package be.epn.campus.curriculum.source;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.DataObject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Paths written in a module file: relative to the module's directory, never leaving it, naming a file
 * that the module carries. A path that escapes (`..`, `/etc/...`) is refused before anything is read.
 */
final class ModulePaths {

    static final Set<String> RESOURCE_TYPES = Set.of("pdf", "docx", "odt", "pptx", "odp", "png", "jpg", "jpeg", "svg");
    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "svg");

    private final Function<String, Optional<CurriculumFile>> files;
    private final String owner;

    ModulePaths(ModuleFiles files) {
        this(files::file, "the module");
    }

    /**
     * @param files the files that paths may name, by path relative to the owner's directory
     * @param owner how messages name the directory's owner ("the module", "the item bank")
     */
    ModulePaths(Function<String, Optional<CurriculumFile>> files, String owner) {
        this.files = files;
        this.owner = owner;
    }

    /** A required path in {@code field}; null (with a problem recorded) when unsafe or missing. */
    String path(DataObject item, String field, Set<String> types) {
        String path = item.text(field, 200);
        return path == null ? null : check(item, field, path, types);
    }

    /** A path per language: {"fr": "lessons/a.fr.md", ...}. */
    LocalizedText localizedPath(DataObject item, String field, Set<String> types) {
        Optional<DataObject> object = item.object(field);
        if (object.isEmpty()) {
            return null;
        }
        DataObject paths = object.get();
        String[] resolved = new String[3];
        for (Language language : Language.values()) {
            resolved[language.ordinal()] = path(paths, language.code(), types);
        }
        paths.rejectUnknownFields();
        return resolved[0] == null || resolved[1] == null || resolved[2] == null ? null
                : LocalizedText.of(resolved[Language.FR.ordinal()], resolved[Language.NL.ordinal()], resolved[Language.EN.ordinal()]);
    }

    String check(DataObject item, String field, String path, Set<String> types) {
        if (!isSafe(path)) {
            item.problem(field, "\"" + path + "\" must be a path inside " + owner + "'s directory (no '..', no leading '/')");
            return null;
        }
        String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (types != null && !types.contains(extension)) {
            item.problem(field, "\"" + path + "\" must be one of " + types);
            return null;
        }
        if (files.apply(path).isEmpty()) {
            item.problem(field, owner + " has no file \"" + path + "\"");
            return null;
        }
        return path;
    }

    /** Relative, forward slashes, no parent steps, no hidden tricks (backslashes, drive letters, NUL). */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** A path written inside a lesson ("../images/x.svg"), resolved against the lesson's own directory. */
    static Optional<String> resolve(String lessonPath, String reference) {
        String base = lessonPath.contains("/") ? lessonPath.substring(0, lessonPath.lastIndexOf('/')) : "";
        StringBuilder resolved = new StringBuilder();
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : base.isEmpty() ? new String[0] : base.split("/")) {
            parts.addLast(part);
        }
        for (String part : reference.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        parts.forEach(p -> resolved.append(resolved.length() == 0 ? "" : "/").append(p));
        return Optional.of(resolved.toString());
    }
}
