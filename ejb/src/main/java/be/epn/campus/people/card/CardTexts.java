package be.epn.campus.people.card;

import be.epn.campus.platform.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of a login card in one language, from {@code card_<language>.properties} beside this class.
 * A placeholder {@code {0}} is replaced as it is, without {@link java.text.MessageFormat}, so translators can
 * write apostrophes freely.
 */
final class CardTexts {

    static final String BUNDLE = "be.epn.campus.people.card.card";

    private final Language language;
    private final ResourceBundle bundle;

    private CardTexts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts in exactly that language: a missing bundle is a packaging error, not a reason to switch language. */
    static CardTexts in(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), CardTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new CardTexts(language, bundle);
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The login card text '" + key + "' is missing in "
                    + language.code() + ": check card_" + language.code() + ".properties", e);
        }
    }

    String get(String key, String argument) {
        return get(key).replace("{0}", argument);
    }

    /** The date written out in the language, such as "12 mars 2026": no numeric format to misread. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }
}
