package be.epn.campus.curriculum.service;

import be.epn.campus.curriculum.documents.DocumentInspector;
import be.epn.campus.curriculum.documents.DocumentRefusedException;
import be.epn.campus.curriculum.model.DocumentFacts;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.curriculum.source.ProblemCodes;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What each file of a module is. The module file and the lessons are text we parse ourselves; every
 * other file (documents, pictures) goes through the {@link DocumentInspector}, which decides by content.
 */
@ApplicationScoped
public class ModuleDocuments {

    private static final Logger LOG = Logger.getLogger(ModuleDocuments.class.getName());

    private final DocumentInspector inspector = new DocumentInspector();

    /** Facts by path; a refused file becomes a problem (file and reason) and has no facts. */
    public Map<String, DocumentFacts> inspect(ModuleFiles files, List<CurriculumProblem> problems) {
        Map<String, DocumentFacts> facts = new TreeMap<>();
        for (Map.Entry<String, CurriculumFile> entry : files.byPath().entrySet()) {
            String path = entry.getKey();
            if (path.equals(ModuleFiles.MODULE_FILE)) {
                facts.put(path, new DocumentFacts("application/json", null, null, null, null));
            } else if (path.endsWith(".md")) {
                facts.put(path, new DocumentFacts("text/markdown", null, null, null, null));
            } else {
                try {
                    facts.put(path, inspector.inspect(path, entry.getValue().content()));
                } catch (DocumentRefusedException e) {
                    // the author gets the plain message; the parser's own exception, if any, is for the log only
                    LOG.log(Level.FINE, e, () -> entry.getValue().name() + " refused: " + e.reason());
                    problems.add(new CurriculumProblem(entry.getValue().name(), "file", e.getMessage(), ProblemCodes.of(e.reason())));
                }
            }
        }
        return facts;
    }
}
