package be.epn.campus.framework.api;

import be.epn.campus.platform.api.LocalizedTextDto;

/** One line of {@code GET /api/frameworks}: what a framework is and how big, without its elements. */
public record FrameworkSummary(
        String id,
        String uuid,
        String family,
        String version,
        LocalizedTextDto title,
        String publisher,
        int areas,
        int competences,
        int levels,
        FrameworkLinks links) {
}
