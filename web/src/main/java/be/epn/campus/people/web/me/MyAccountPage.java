package be.epn.campus.people.web.me;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.MyAccount;
import be.epn.campus.people.service.Views.MembershipView;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.web.PersonFields;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.LanguageCookie;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "My account" ({@code /me/}): what EPN Campus holds about the signed-in person, their language and
 * contact details, which EPNs may see their file, their groups. The secret code has its own form
 * ({@link SecretChangeForm}).
 */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MyAccount account;

    private PersonFile file;
    /** Only language, e-mail and phone are edited here; the name comes from the desk. */
    private PersonFields person = new PersonFields();

    public void load() {
        if (file == null) {
            refresh();
            if (file != null) {
                person = PersonFields.of(new PersonDetails(file.givenName(), file.familyName(), file.birthYear(),
                        file.language(), file.email(), file.phone()));
            }
        }
    }

    /** Saves language and contact details; the pages then speak the chosen language. */
    public void saveDetails() throws IOException {
        PersonDetails details = person.details();
        if (!Violations.valid(details, PersonFields.clientIds("details"))) {
            return;
        }
        if (Actions.run(() -> account.updateContact(details.preferredLanguage(), details.email(), details.phone()))) {
            LanguageCookie.remember(Faces.getRequest(), (HttpServletResponse) Faces.getResponse(), details.preferredLanguage());
            Faces.getFlash().put("detailsSaved", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/me/");
        }
    }

    /** Gives or withdraws this EPN's right to see their file. */
    public void consent(MembershipView membership, boolean given) {
        if (Actions.run(() -> account.decideConsent(membership.epn(), given))) {
            Messages.addGlobalInfo(word(given ? "epns.given.done" : "epns.withdrawn.done"), membership.epnName());
            refresh();
        }
    }

    /** The consent button's text names the EPN: several buttons on the page must not read the same. */
    public String consentLabel(MembershipView membership) {
        return MessageFormat.format(word(membership.consentGiven() ? "epns.withdraw" : "epns.give"), membership.epnName());
    }

    private void refresh() {
        file = Actions.get(account::me).orElse(null);
    }

    private static String word(String key) {
        return Faces.getResourceBundle("my").getString(key);
    }

    /** EPNs where they learn: these have a consent to decide. */
    public List<MembershipView> getLearnerEpns() {
        return file == null ? List.of() : file.memberships().stream().filter(m -> m.role() == Role.LEARNER).toList();
    }

    /** EPNs where they work: shown, nothing to decide. */
    public List<MembershipView> getStaffEpns() {
        return file == null ? List.of() : file.memberships().stream().filter(m -> m.role() == Role.ANIMATEUR).toList();
    }

    public boolean isDetailsSaved() {
        return Boolean.TRUE.equals(Faces.getFlash().get("detailsSaved"));
    }

    public String getExportUrl() {
        return Faces.getRequestContextPath() + "/api/me/export";
    }


    public PersonFields getPerson() {
        return person;
    }

    public PersonFile getFile() {
        return file;
    }

}
