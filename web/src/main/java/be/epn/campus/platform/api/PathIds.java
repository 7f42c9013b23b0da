package be.epn.campus.platform.api;

import be.epn.campus.platform.errors.RecordNotFoundException;
import java.util.UUID;

/** Ids in API addresses: one that is not a UUID names nothing, so it answers 404 like an unknown one. */
public final class PathIds {

    private PathIds() {
    }

    /** @param what what the id names, for the log ("person", "certificate") */
    public static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFoundException(what + " " + id);
        }
    }
}
