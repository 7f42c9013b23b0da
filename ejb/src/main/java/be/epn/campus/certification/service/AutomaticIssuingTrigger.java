package be.epn.campus.certification.service;

import be.epn.campus.progress.service.EvidenceRecorded;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens for new evidence once its transaction has committed. A failure here is logged and loses nothing: the
 * evidence is saved, and the next event (or staff on the learner's page) issues the certificate.
 */
@ApplicationScoped
public class AutomaticIssuingTrigger {

    private static final Logger LOG = Logger.getLogger(AutomaticIssuingTrigger.class.getName());

    @EJB
    AutomaticIssuing issuing;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded event) {
        try {
            issuing.check(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic certificates not checked for person " + event.personId(), e);
        }
    }
}
