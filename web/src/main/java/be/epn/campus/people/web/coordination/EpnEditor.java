package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.OrganiserType;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Creating an EPN ({@code /admin/epn.xhtml}) or editing one ({@code ?id=<uuid>}): its details and its
 * weekly opening hours, lines added and removed in place. Every problem is shown next to its field, in
 * words, and the form keeps everything typed.
 */
@Named
@ViewScoped
public class EpnEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "epn:";
    private static final Map<String, String> FIELDS = Map.of(
            "name", FORM + "name", "municipality", FORM + "municipality", "streetAddress", FORM + "streetAddress",
            "postalCode", FORM + "postalCode", "organiserType", FORM + "organiserType", "organiserName", FORM + "organiserName",
            "computers", FORM + "computers", "languages", FORM + "languages", "phone", FORM + "phone", "openings", FORM + "addSlot");

    @EJB
    transient Coordination service;

    @Inject
    @Param(name = "id")
    String id;

    private UUID epn;
    private EpnForm form;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null || id.isBlank()) {
            form = EpnForm.blank();
            return;
        }
        epn = Actions.recordId(id).orElse(null);
        if (epn == null) {
            return;
        }
        form = Actions.get(() -> service.epn(epn)).map(EpnForm::of).orElse(null);
    }

    public void addSlot() {
        form.addSlot();
    }

    public void removeSlot(int index) {
        form.removeSlot(index);
    }

    public void save() throws IOException {
        EpnForm.Parsed parsed = form.parse();
        parsed.problems().forEach(p -> Messages.addError(clientId(p), AdminTexts.text(p.key())));
        boolean valid = Violations.valid(parsed.details(), FIELDS) && parsed.readable();
        if (!valid) {
            Messages.addGlobalError(AdminTexts.text("form.fix"));
            return;
        }
        Optional<UUID> saved = epn == null
                ? Actions.get(() -> service.createEpn(parsed.details()))
                : Actions.get(() -> {
                    service.updateEpn(epn, parsed.details());
                    return epn;
                });
        if (saved.isPresent()) {
            Faces.getFlash().put("epnSaved", parsed.details().name());
            Faces.redirect(Faces.getRequestContextPath() + "/admin/epns.xhtml");
        }
    }

    private static String clientId(EpnForm.Problem problem) {
        return problem.row() == null ? FORM + problem.field() : FORM + "slot:" + problem.row() + ":" + problem.field();
    }

    public boolean isCreating() {
        return epn == null;
    }

    public EpnForm getForm() {
        return form;
    }

    public OrganiserType[] getOrganiserTypes() {
        return OrganiserType.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }
}
