package be.epn.campus.curriculum.service;

import java.util.List;

/** What an accepted package did: one line per module, in the order they were written (prerequisites first). */
public record UploadReport(List<Outcome> modules) {

    public UploadReport {
        modules = List.copyOf(modules);
    }

    /**
     * @param module  the module's key
     * @param status  LOADED (new), UPDATED (a new content replaced the one loaded), UNCHANGED (the same content
     *                was already loaded: nothing written)
     * @param version the module's version as loaded now
     * @param message the loader's English summary ("key v2: 4 activities")
     */
    public record Outcome(String module, String status, int version, String message) implements java.io.Serializable {
    }
}
