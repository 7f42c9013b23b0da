package be.epn.campus.training.web;

import java.util.MissingResourceException;
import org.omnifaces.util.Faces;

/** A text of the training bundle ("tr") in the visitor's language, for messages a bean adds itself. */
final class TrainingTexts {

    private TrainingTexts() {
    }

    static String text(String key) {
        try {
            return Faces.getResourceBundle("tr").getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
