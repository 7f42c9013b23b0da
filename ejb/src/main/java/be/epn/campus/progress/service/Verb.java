package be.epn.campus.progress.service;

/**
 * The xAPI verbs we record, with their ADL IRIs. "attested" has no ADL verb: it is ours, under the
 * platform's own IRI space, as xAPI allows.
 */
public enum Verb {
    EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    ATTESTED(null, "attested");

    private final String iri;
    private final String display;

    Verb(String iri, String display) {
        this.iri = iri;
        this.display = display;
    }

    public String iri(String base) {
        return iri != null ? iri : base + "/xapi/verbs/" + display;
    }

    public String display() {
        return display;
    }
}
