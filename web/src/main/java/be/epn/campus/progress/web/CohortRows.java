package be.epn.campus.progress.web;

import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.CohortFilter;
import be.epn.campus.progress.service.CohortGrid;
import be.epn.campus.progress.service.CohortProgress;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The cohort grid a page at a time: the database pages the learners, the table never holds them all. */
public class CohortRows extends LazyDataModel<CohortGrid.Row> {

    private static final long serialVersionUID = 1L;

    /** An EJB reference: the container makes it serializable, so the view may be kept in the session. */
    private final CohortProgress service;
    private final CohortFilter filter;

    CohortRows(CohortProgress service, CohortFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, Actions.get(() -> service.count(filter)).orElse(0L));
    }

    @Override
    public List<CohortGrid.Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return Actions.get(() -> service.rows(filter, first, pageSize)).orElse(List.of());
    }

    @Override
    public String getRowKey(CohortGrid.Row row) {
        return row.learner().toString();
    }

    @Override
    public CohortGrid.Row getRowData(String key) {
        return null;
    }
}
