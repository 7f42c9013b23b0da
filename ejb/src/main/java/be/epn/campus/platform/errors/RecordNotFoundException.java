package be.epn.campus.platform.errors;

import jakarta.ejb.ApplicationException;

/** No such record: pages and the API answer 404. */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what) {
        super(what);
    }
}
