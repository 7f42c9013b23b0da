package be.epn.campus.people;

import be.epn.campus.people.service.Cohorts;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Test-only: calls {@link Cohorts#enrol} as the signed-in visitor with any ids, as a forged request that
 * got past the pages would, to prove that the service itself refuses. Answers "enrolled", "refused:&lt;key&gt;"
 * or "denied". Added to the EAR under test by {@link CohortPagesIT} only.
 */
@WebServlet("/it-probe/cohort-enrol")
public class CohortServiceProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Cohorts cohorts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            cohorts.enrol(UUID.fromString(request.getParameter("cohort")), UUID.fromString(request.getParameter("learner")));
            answer = "enrolled";
        } catch (RefusedException e) {
            answer = "refused:" + e.key();
        } catch (AccessDeniedException e) {
            answer = "denied";
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
