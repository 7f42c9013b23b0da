package be.epn.campus.placement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The item to answer, worded in one language, with what a client needs to show it and nothing that tells the
 * answer: no correct flag, no accepted answers, no feedback, no IRT parameters, and choices, right-hand sides
 * and items to order in a shuffled order (the file's order of an ordering item is its answer). The order
 * depends only on the placement and the item, so a reload shows the same screen.
 */
@Schema(name = "PlacementItem", description = "An item to answer; the response format depends on its type")
public record ItemDto(
        long placement,
        @Schema(description = "Send it back with the answer") String key,
        @Schema(description = "The DigComp competence it measures, e.g. 1.1") String competence,
        @Schema(description = "single, multiple, truefalse, matching, ordering, short or hotspot") String type,
        @Schema(description = "Its number in this placement, from 1") int position,
        @Schema(description = "fr, nl or en: the language of the texts") String language,
        String prompt,
        @Schema(description = "How to write the response for this type") String responseFormat,
        @Schema(description = "single and multiple: the choices") List<Choice> options,
        @Schema(description = "matching: the left-hand sides, to match each with one of rights") List<Choice> lefts,
        @Schema(description = "matching: the right-hand sides") List<Choice> rights,
        @Schema(description = "ordering: the items to put in order") List<Choice> items,
        @Schema(description = "hotspot: the picture to click") Picture picture,
        @Schema(description = "hotspot: the places of the picture, by name (for keyboard and screen-reader users)")
        List<Choice> regions) {

    /** Something to choose, match or order: its id (what the response names) and its text. */
    @Schema(name = "PlacementChoice")
    public record Choice(String id, String text) {
    }

    /** A hotspot's picture: where to fetch it, its size in pixels (clicks are "x,y" in these pixels), its description. */
    @Schema(name = "PlacementPicture")
    public record Picture(String url, int width, int height, String alt) {
    }
}
