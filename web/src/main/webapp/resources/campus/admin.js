/*
 * Coordination pages. The EPN form adds and removes opening lines in place; afterwards the keyboard focus
 * goes where the person continues (the new line's day, or the "add" button), instead of being lost.
 */
var campusSlots = {
    added: function (data) {
        if (data.status === "success") {
            var days = document.querySelectorAll(".slot select");
            if (days.length > 0) {
                days[days.length - 1].focus();
            }
        }
    },
    removed: function (data) {
        if (data.status === "success") {
            var add = document.getElementById("epn:addSlot");
            if (add) {
                add.focus();
            }
        }
    }
};
