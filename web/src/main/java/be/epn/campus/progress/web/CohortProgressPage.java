package be.epn.campus.progress.web;

import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.web.DeskSession;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.CohortFilter;
import be.epn.campus.progress.service.CohortGrid;
import be.epn.campus.progress.service.CohortProgress;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The cohort view ({@code /desk/progress.xhtml}): learners × modules for one EPN, filtered by cohort, module
 * and dates given in the address (so a view can be bookmarked and shared), paged from the database, with its
 * exports and the chart of modules completed per week.
 */
@Named
@ViewScoped
public class CohortProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CohortProgress service;

    @Inject
    DeskSession desk;

    private List<CohortGrid.CohortChoice> cohortChoices = List.of();

    private CohortFilter filter;
    private CohortRows rows;
    private List<CohortGrid.Column> columns = List.of();
    private List<CohortGrid.Column> moduleChoices;
    private Map<String, Long> weeks = Map.of();

    private String epn;
    private String cohort;
    private String module;
    private String from;
    private String to;

    public void load() {
        if (filter != null) {
            return;
        }
        epn = blankToNull(Faces.getRequestParameter("epn"));
        cohort = blankToNull(Faces.getRequestParameter("cohort"));
        module = blankToNull(Faces.getRequestParameter("module"));
        from = blankToNull(Faces.getRequestParameter("from"));
        to = blankToNull(Faces.getRequestParameter("to"));
        UUID epnId = epn == null ? desk.epnId() : uuid(epn);
        if (epnId == null) {
            return;
        }
        epn = epnId.toString();
        try {
            filter = new CohortFilter(epnId, cohort == null ? null : uuid(cohort), module, date(from), date(to));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            Messages.addGlobalError(Faces.getResourceBundle("lr").getString("cohort.filter.invalid"));
            return;
        } catch (RefusedException e) {
            Messages.addGlobalError(Faces.getResourceBundle("lr").getString(e.key()));
            return;
        }
        cohortChoices = Actions.get(() -> service.cohortChoices(epnId)).orElse(List.of());
        // Checks access and the filter; the table then counts the learners and reads its first page itself.
        Actions.get(() -> service.columnsFor(filter)).ifPresent(found -> {
            columns = found;
            rows = new CohortRows(service, filter);
            weeks = service.completionsPerWeek(filter);
        });
    }

    /** The module filter's choices: every module, key and title. */
    public List<CohortGrid.Column> getModuleChoices() {
        if (moduleChoices == null) {
            moduleChoices = service.moduleChoices();
        }
        return moduleChoices;
    }

    public CohortRows getRows() {
        return rows;
    }

    public List<CohortGrid.Column> getColumns() {
        return columns;
    }

    public List<CohortGrid.CohortChoice> getCohorts() {
        return cohortChoices;
    }

    public List<EpnSummary> getEpns() {
        return desk.getEpns();
    }

    /** Bars of the chart: week, count, height in pixels (the busiest week is 120 px). */
    public List<Bar> getBars() {
        long max = weeks.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> week : weeks.entrySet()) {
            bars.add(new Bar(i++, week.getKey(), week.getValue(), (int) Math.max(2, week.getValue() * 120 / max)));
        }
        return bars;
    }

    public record Bar(int index, String week, long count, int height) {
    }

    /** The export's address, with the same filter as the page. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/api/progress/export?format=").append(format);
        append(url, "epn", epn);
        append(url, "cohort", cohort);
        append(url, "module", module);
        append(url, "from", from);
        append(url, "to", to);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text.strip());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() || text.length() > 64 ? null : text;
    }

    public CohortFilter getFilter() {
        return filter;
    }

    public String getEpn() {
        return epn;
    }

    public String getCohort() {
        return cohort;
    }

    public String getModule() {
        return module;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
