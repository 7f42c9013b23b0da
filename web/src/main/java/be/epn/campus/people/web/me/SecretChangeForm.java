package be.epn.campus.people.web.me;

import be.epn.campus.people.service.MyAccount;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Objects;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Changing one's own secret code: the current one (so that someone passing by a signed-in computer cannot
 * do it), then the new one twice. Codes are never sent back to the browser.
 */
@Named
@RequestScoped
public class SecretChangeForm {

    @EJB
    MyAccount account;

    private String current;
    private String next;
    private String again;

    public void change() {
        if (!Objects.equals(next, again)) {
            Messages.addError("secret:again", word("secret.mismatch"));
            return;
        }
        if (Actions.run(() -> account.changeSecret(current, next))) {
            Messages.addGlobalInfo(word("secret.done"));
        }
    }

    private static String word(String key) {
        return Faces.getResourceBundle("my").getString(key);
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getAgain() {
        return null;
    }

    public void setAgain(String again) {
        this.again = again;
    }
}
