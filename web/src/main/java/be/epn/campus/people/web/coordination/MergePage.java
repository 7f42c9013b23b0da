package be.epn.campus.people.web.coordination;

import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Merging two records of one person ({@code /admin/merge.xhtml?keep=&duplicate=}): the coordinator picks
 * the record to keep and the duplicate (from the person's page or by searching), sees both side by side,
 * says why, and confirms. The duplicate stays in history, marked as merged into the one kept.
 */
@Named
@ViewScoped
public class MergePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int REASON_MAX = 500;

    @EJB
    transient Coordination service;

    @Inject
    @Param(name = "keep")
    String keepParam;

    @Inject
    @Param(name = "duplicate")
    String duplicateParam;

    private final Side keep = new Side();
    private final Side duplicate = new Side();
    private String reason;
    private boolean loaded;

    /** One of the two records: chosen (its file), or being searched for. */
    public class Side implements Serializable {

        private static final long serialVersionUID = 1L;

        private PersonFile file;
        private String query;
        private List<PersonRow> found;

        public void search() {
            found = Actions.get(() -> service.searchPeople(query)).orElse(List.of());
        }

        public void choose(UUID person) {
            file = Actions.get(() -> service.person(person)).orElse(null);
            found = null;
        }

        public void clear() {
            file = null;
        }

        public PersonFile getFile() {
            return file;
        }

        public String getQuery() {
            return query;
        }

        public void setQuery(String query) {
            this.query = query;
        }

        public List<PersonRow> getFound() {
            return found;
        }
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        choose(keep, keepParam);
        choose(duplicate, duplicateParam);
    }

    private static void choose(Side side, String param) {
        if (param != null && !param.isBlank()) {
            try {
                side.choose(UUID.fromString(param));
            } catch (IllegalArgumentException e) {
                side.clear();
            }
        }
    }

    public void merge() throws IOException {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            Messages.addError("merge:reason", AdminTexts.text(why.isEmpty() ? "merge.reason.required" : "merge.reason.tooLong"));
            return;
        }
        if (keep.file == null || duplicate.file == null) {
            Messages.addGlobalError(AdminTexts.text("merge.chooseBoth"));
            return;
        }
        UUID kept = keep.file.uuid();
        UUID folded = duplicate.file.uuid();
        if (Actions.run(() -> service.merge(kept, folded, why))) {
            Faces.getFlash().put("merged", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/admin/person.xhtml?id=" + kept);
        }
    }

    public Side getKeep() {
        return keep;
    }

    public Side getDuplicate() {
        return duplicate;
    }

    public boolean isReady() {
        return keep.file != null && duplicate.file != null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
