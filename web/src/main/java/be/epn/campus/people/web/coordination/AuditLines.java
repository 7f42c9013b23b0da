package be.epn.campus.people.web.coordination;

import be.epn.campus.people.service.AuditLine;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.platform.web.Actions;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log a page at a time: the log grows with every access to someone's data, so the table asks
 * the database for one page (newest first) and the total, never for the whole log.
 */
public class AuditLines extends LazyDataModel<AuditLine> {

    private static final long serialVersionUID = 1L;

    /** An EJB reference: the container makes it serializable, so the view may be kept in the session. */
    private final Coordination service;

    AuditLines(Coordination service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, Actions.get(service::auditSize).orElse(0L));
    }

    @Override
    public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return Actions.get(() -> service.audit(first, pageSize)).orElse(List.of());
    }

    /** Lines have no id of their own; the position in the log is enough for a read-only table. */
    @Override
    public String getRowKey(AuditLine line) {
        return null;
    }
}
