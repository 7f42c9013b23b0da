package be.epn.campus.access.web;

import be.epn.campus.access.service.SessionRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps the session registry small: ended sessions are forgotten. */
@WebListener
public class SessionEnd implements HttpSessionListener {

    @Inject
    SessionRegistry sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
