package be.epn.campus.curriculum.source;

import be.epn.campus.platform.curricula.CurriculumFile;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of one module directory, by path relative to it ("module.json", "lessons/x.fr.md"), read
 * from the curricula or from an uploaded package.
 */
public record ModuleFiles(String moduleId, Map<String, CurriculumFile> byPath) {

    public static final String MODULE_FILE = "module.json";

    public ModuleFiles {
        // in path order, always: the module's hash is computed over this order
        byPath = java.util.Collections.unmodifiableMap(new TreeMap<>(byPath));
    }

    /** The modules of a list of curriculum files named "modules/<id>/...", by id, in id order. */
    public static java.util.List<ModuleFiles> group(java.util.List<CurriculumFile> files) {
        Map<String, Map<String, CurriculumFile>> modules = new TreeMap<>();
        for (CurriculumFile file : files) {
            String[] parts = file.name().split("/", 3);
            if (parts.length == 3 && parts[0].equals("modules")) {
                modules.computeIfAbsent(parts[1], id -> new TreeMap<>()).put(parts[2], file);
            }
        }
        return modules.entrySet().stream().map(e -> new ModuleFiles(e.getKey(), e.getValue())).toList();
    }

    public Optional<CurriculumFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Optional<CurriculumFile> descriptor() {
        return file(MODULE_FILE);
    }
}
