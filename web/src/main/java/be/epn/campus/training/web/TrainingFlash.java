package be.epn.campus.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * What the training pages say after a change, across the redirect that follows it ({@code #{trainingFlash.done}}
 * is the key's last word, e.g. "registered", worded by {@code tr['done.registered']}).
 */
@Named
@RequestScoped
public class TrainingFlash {

    private static final String KEY = "trainingDone";

    public static void done(String what) {
        Faces.getFlash().put(KEY, what);
    }

    public String getDone() {
        Object done = Faces.getFlash().get(KEY);
        return done == null ? "" : done.toString();
    }
}
