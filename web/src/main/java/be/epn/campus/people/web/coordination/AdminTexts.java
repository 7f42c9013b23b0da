package be.epn.campus.people.web.coordination;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.omnifaces.util.Faces;

/**
 * The coordination labels ({@code ad} bundle) in the page's language, for beans, and for pages where a
 * label takes an argument in an attribute (a button's value), which {@code h:outputFormat} cannot fill.
 */
@Named("adText")
@RequestScoped
public class AdminTexts {

    /** {@code #{adText.format('roles.grant', label)}}. */
    public String format(String key, Object argument) {
        return message(key, argument);
    }

    static String text(String key) {
        return Faces.getResourceBundle("ad").getString(key);
    }

    static String message(String key, Object... arguments) {
        return new MessageFormat(text(key), Faces.getLocale()).format(arguments);
    }
}
