package be.epn.campus.access.model;

/** A PIN (digits, like a bank card) or a passphrase (words): the learner chooses with the animateur. */
public enum SecretKind {
    PIN, PASSPHRASE
}
