package be.epn.campus.training.model;

/** Where an animateur stands for a session: a seat, a place in the waiting line, or withdrawn. */
public enum RegistrationState {
    REGISTERED, WAITING, CANCELLED
}
