package be.epn.campus.people.model;

/** Who runs an EPN, as the Brussels charter lists them. */
public enum OrganiserType {
    MUNICIPALITY, PUBLIC_LIBRARY, CPAS, EMPLOYMENT_SERVICE, ASSOCIATION, OTHER
}
