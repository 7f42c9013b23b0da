package be.epn.campus.curriculum.web;

import be.epn.campus.curriculum.service.LoadedModule;
import be.epn.campus.curriculum.service.ModuleUploads;
import be.epn.campus.curriculum.service.UploadReport;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload of a package of modules with its report (each module LOADED, UPDATED or UNCHANGED, or every
 * problem with nothing changed), and the modules loaded: every module on the coordinator's page
 * ({@code /admin/modules.xhtml}), the continuing-education ones on the trainers' page
 * ({@code /training/modules.xhtml}). The browser checks size and type first as a comfort; the service checks
 * everything again, and refuses a trainer any module outside the animateurs' track.
 */
@Named
@ViewScoped
public class ModuleUploadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    transient ModuleUploads uploads;

    private List<LoadedModule> modules;
    private List<LoadedModule> trainingModules;
    private List<UploadReport.Outcome> outcomes;
    private List<CurriculumProblem> problems;
    private String fileName;

    public List<LoadedModule> getModules() {
        if (modules == null) {
            modules = Actions.get(uploads::loaded).orElse(List.of());
        }
        return modules;
    }

    /** The trainers' page opens with its list: anyone the service refuses (an animateur) gets a 403 page. */
    public void loadTraining() {
        trainingModules = Actions.get(uploads::trainingModules).orElse(null);
    }

    /** The continuing-education modules loaded (the animateurs' framework only). */
    public List<LoadedModule> getTrainingModules() {
        if (trainingModules == null) {
            trainingModules = Actions.get(uploads::trainingModules).orElse(List.of());
        }
        return trainingModules;
    }

    /** The p:fileUpload listener: one package, read as a stream by the service. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        outcomes = null;
        problems = null;
        Actions.run(() -> {
            try (InputStream in = file.getInputStream()) {
                outcomes = uploads.upload(in, file.getSize()).modules();
            } catch (InvalidCurriculumException e) {
                problems = e.problems();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        modules = null;
        trainingModules = null;
        if (outcomes != null) {
            Messages.addGlobalInfo(text("modules.upload.accepted"), outcomes.size());
        } else if (problems != null) {
            Messages.addGlobalError(text("modules.upload.refused"), problems.size());
        }
    }

    /** A problem in the visitor's language when it is a common one; the author's English detail otherwise. */
    public String wording(CurriculumProblem problem) {
        if (problem.code() != null) {
            try {
                return bundle().getString("modules.problem." + problem.code());
            } catch (MissingResourceException e) {
                // no wording yet: the detail says it
            }
        }
        return problem.message();
    }

    /** Whether {@link #wording} translated the problem (then the English detail is shown beside it). */
    public boolean translated(CurriculumProblem problem) {
        return !wording(problem).equals(problem.message());
    }

    public String status(UploadReport.Outcome outcome) {
        return text("modules.status." + outcome.status());
    }

    public String origin(LoadedModule module) {
        return text("modules.origin." + module.origin());
    }

    public String when(LoadedModule module) {
        return module.loadedAt() == null ? "" : module.loadedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS).format(WHEN);
    }

    public long getMaxBytes() {
        return ModuleUploads.MAX_PACKAGE_BYTES;
    }

    public long getMaxMegabytes() {
        return ModuleUploads.MAX_PACKAGE_BYTES / (1024 * 1024);
    }

    public List<UploadReport.Outcome> getOutcomes() {
        return outcomes;
    }

    public List<CurriculumProblem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }

    private static String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle() {
        return Faces.getResourceBundle("ad");
    }
}
