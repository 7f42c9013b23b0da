package be.epn.campus.placement.api;

import be.epn.campus.curriculum.quiz.Shuffle;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.placement.service.PlacementState;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the current item's {@link Question}, which holds the answer key, into an {@link ItemDto}, which does
 * not. Each field is copied by name: a field added to a question later stays on the server until someone
 * decides it may go out.
 */
final class ItemMapper {

    private ItemMapper() {
    }

    /**
     * @param pictureUrl the address of a hotspot picture, from its path in the item bank
     */
    static ItemDto of(long placement, PlacementState.CurrentItem item, Language language, Function<String, String> pictureUrl) {
        Question q = item.question();
        List<ItemDto.Choice> options = null;
        List<ItemDto.Choice> lefts = null;
        List<ItemDto.Choice> rights = null;
        List<ItemDto.Choice> items = null;
        List<ItemDto.Choice> regions = null;
        ItemDto.Picture picture = null;
        String format;
        if (q instanceof Question.SingleChoice s) {
            options = shuffled(s.options(), placement, q, o -> choice(o.id(), o.text(), language));
            format = "the id of the option chosen";
        } else if (q instanceof Question.MultipleChoice m) {
            options = shuffled(m.options(), placement, q, o -> choice(o.id(), o.text(), language));
            format = "the ids of the options chosen, joined by commas";
        } else if (q instanceof Question.TrueFalse) {
            format = "true or false";
        } else if (q instanceof Question.Matching m) {
            lefts = m.pairs().stream().map(p -> choice(p.id(), p.left(), language)).toList();
            rights = shuffled(m.pairs(), placement, q, p -> choice(p.id(), p.right(), language));
            format = "leftId=rightId for every left, joined by semicolons";
        } else if (q instanceof Question.Ordering o) {
            items = shuffled(o.items(), placement, q, i -> choice(i.id(), i.text(), language));
            format = "the ids of the items in order, joined by commas";
        } else if (q instanceof Question.Hotspot h) {
            picture = new ItemDto.Picture(pictureUrl.apply(h.image()), h.width(), h.height(), text(h.alt(), language));
            regions = shuffled(h.regions(), placement, q, r -> choice(r.id(), r.label(), language));
            format = "x,y of the click in the picture's pixels, or the id of a region";
        } else {
            format = "the text typed";
        }
        return new ItemDto(placement, item.key(), item.competence(), q.type(), item.position(), language.code(),
                text(q.prompt(), language), format, options, lefts, rights, items, picture, regions);
    }

    private static <T> List<ItemDto.Choice> shuffled(List<T> list, long placement, Question q, Function<T, ItemDto.Choice> map) {
        return Shuffle.of(list, placement, q.id()).stream().map(map).toList();
    }

    private static ItemDto.Choice choice(String id, LocalizedText text, Language language) {
        return new ItemDto.Choice(id, text(text, language));
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }
}
