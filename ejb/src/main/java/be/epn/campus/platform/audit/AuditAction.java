package be.epn.campus.platform.audit;

/** What is written to the audit log: every access to another person's data and every change to it. */
public enum AuditAction {
    VIEW_PERSON, SEARCH_PEOPLE, CREATE_PERSON, ATTACH_LEARNER, UPDATE_PERSON, PRINT_CARD, RESET_SECRET,
    UNLOCK_ACCOUNT, ACCOUNT_LOCKED, GRANT_ROLE, REVOKE_ROLE, ADD_STAFF, DISABLE_ACCOUNT, ENABLE_ACCOUNT,
    MERGE_PEOPLE, EXPORT_DATA, ERASE_PERSON, CONSENT_CHANGED, ENROL, WITHDRAW, COHORT_SAVED, EPN_SAVED
}
