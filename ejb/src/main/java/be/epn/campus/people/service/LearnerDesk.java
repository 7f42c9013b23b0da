package be.epn.campus.people.service;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.service.Views.DeskMatch;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.NewAccount;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.service.Views.PersonRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The animateur's desk at an EPN: create a learner in under a minute, find a learner who walks in, attach
 * them to this EPN without a second account, print their card, reset a forgotten secret. Every method
 * checks on the server that the caller works at that EPN (or is a coordinator) and writes the audit log.
 */
public interface LearnerDesk {

    /** The EPNs where the caller works; a coordinator gets them all. */
    List<EpnSummary> deskEpns();

    /**
     * Creates a learner known at {@code epn}, with the secret chosen with them and their consent that this
     * EPN keeps their record (required: without it the record is not created).
     *
     * @throws be.epn.campus.platform.errors.RefusedException when the secret is unacceptable, the e-mail
     *         address is taken, or consent is missing
     */
    NewAccount createLearner(@NotNull UUID epn, @NotNull @Valid PersonDetails details, String secret, boolean consent);

    /**
     * People matching a name (every word must match; accents and case do not matter) and optionally a year
     * of birth, or exactly a username (what the card's QR code holds). At most 20; an empty query finds no one.
     */
    List<DeskMatch> find(@NotNull UUID epn, String query, Integer birthYear);

    /** What the desk may know of one learner before attaching them: the same as a search result (audited). */
    DeskMatch match(@NotNull UUID epn, @NotNull UUID learner);

    /** Attaches an existing learner to this EPN (or records their consent anew); never creates a person. */
    void attach(@NotNull UUID epn, @NotNull UUID learner, boolean consent);

    /** The learners known at this EPN who consent to it seeing their record. */
    List<PersonRow> learnersAt(@NotNull UUID epn);

    /** A learner's file, for an animateur of an EPN where they are known and consent (audited). */
    PersonFile learner(@NotNull UUID learner);

    /** What the login card shows (audited as a print). */
    Views.CardDetails card(@NotNull UUID learner);

    /** Sets a new secret chosen with the learner; also lifts a lock (audited). */
    void resetSecret(@NotNull UUID learner, String secret);

    /** Lifts a lock after ten wrong secrets (audited). */
    void unlock(@NotNull UUID learner);
}
