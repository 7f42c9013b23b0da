package be.epn.campus.people.web;

import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.EpnSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The EPN an animateur works at today (one who works at two EPNs chooses). Kept for the session; every
 * service call still checks that the animateur works there.
 */
@Named("desk")
@SessionScoped
public class DeskSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LearnerDesk service;

    private UUID epn;

    public List<EpnSummary> getEpns() {
        return service.deskEpns();
    }

    /** The chosen EPN, or the first one the animateur works at. */
    public Optional<EpnSummary> current() {
        List<EpnSummary> epns = service.deskEpns();
        return epns.stream().filter(e -> e.uuid().equals(epn)).findFirst().or(() -> epns.stream().findFirst());
    }

    public EpnSummary getCurrent() {
        return current().orElse(null);
    }

    public String getEpn() {
        return current().map(e -> e.uuid().toString()).orElse(null);
    }

    public void setEpn(String uuid) {
        try {
            this.epn = uuid == null ? null : UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            this.epn = null;
        }
    }

    public UUID epnId() {
        return current().map(EpnSummary::uuid).orElse(null);
    }
}
