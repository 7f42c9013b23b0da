/*
 * "Listen": reads a question aloud with the browser's own voice (Web Speech API), for people who read little.
 * The button stays hidden where the browser has no voice; nothing leaves the computer.
 */
(function () {
    if (!('speechSynthesis' in window)) {
        return;
    }
    document.querySelectorAll('button.listen').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var target = document.getElementById(button.getAttribute('data-listen'));
            if (!target) {
                return;
            }
            var words = new SpeechSynthesisUtterance(target.textContent.trim());
            words.lang = document.documentElement.lang;
            window.speechSynthesis.cancel();
            window.speechSynthesis.speak(words);
        });
    });
})();
