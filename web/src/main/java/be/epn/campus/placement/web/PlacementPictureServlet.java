package be.epn.campus.placement.web;

import be.epn.campus.placement.service.PlacementBank;
import be.epn.campus.platform.curricula.CurriculumFile;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures of hotspot items ({@code /learn/placement-picture?path=images/x.svg}), relative to the item bank's
 * folder. Under {@code /learn/}, so only signed-in people get them (web.xml); served with their own type, never
 * sniffed, and an SVG in a sandbox so that a script inside it could never run on our origin.
 */
@WebServlet("/learn/placement-picture")
public class PlacementPictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    @EJB
    transient PlacementBank bank;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getParameter("path");
        String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        CurriculumFile picture = type == null || path.contains("..") ? null : bank.picture(path).orElse(null);
        if (picture == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        if (type.equals("image/svg+xml")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        response.setContentLength(picture.content().length);
        response.getOutputStream().write(picture.content());
    }
}
