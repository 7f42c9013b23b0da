package be.epn.campus.people.model;

/**
 * What a person does on the platform. A person may hold several roles (an animateur who is also a learner
 * in the continuing-education track). The names are also the security groups and roles of the application.
 */
public enum Role {
    /** Follows modules at one or more EPNs. */
    LEARNER,
    /** Welcomes and guides learners at the EPNs where they work. */
    ANIMATEUR,
    /** Runs the continuing-education track of animateurs. */
    TRAINER,
    /** Administers the regional network: EPNs, people, roles, merges, the audit log. */
    COORDINATOR
}
