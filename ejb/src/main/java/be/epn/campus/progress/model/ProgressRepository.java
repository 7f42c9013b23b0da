package be.epn.campus.progress.model;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import java.util.List;
import java.util.Optional;

/** Where progress is kept. Callers provide the transaction. */
public interface ProgressRepository {

    void add(Object row);

    /** The person's row, locked until the transaction ends: one learner's actions on progress run one at a time. */
    void lock(Person person);

    Optional<EpnDevice> device(String tokenHash);

    List<EpnDevice> devices(Epn epn);

    Optional<QuizAttempt> attempt(Long id);

    Optional<QuizAttempt> openAttempt(Person person, ModuleActivity quiz);

    List<QuizAttempt> attempts(Person person, ModuleActivity quiz);

    Optional<ActivityProgress> activityProgress(Person person, ModuleActivity activity);

    List<ActivityProgress> activityProgress(Person person, LearningModule module);

    Optional<ModuleProgress> moduleProgress(Person person, LearningModule module);

    List<ModuleProgress> moduleProgress(Person person);

    List<CompetenceEvidence> evidence(Person person);

    List<LearningRecord> records(Person person, int max);

    /** The EPNs where the person's learning events happened, most recent first. */
    List<Epn> epnsVisited(Person person);
}
