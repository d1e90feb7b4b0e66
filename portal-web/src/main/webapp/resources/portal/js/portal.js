/*
 * The portal's own script (served from the portal, so allowed by its Content-Security-Policy).
 * Moves keyboard and screen-reader focus to what just appeared and needs reading first: a warning sign's advice, a
 * review form. Runs on page load and after every PrimeFaces Ajax update.
 */
(function ($) {
    'use strict';

    function focusWhatAppeared() {
        var target = document.querySelector('[data-focus-on-show]:not([data-focused])');
        if (target) {
            target.setAttribute('data-focused', 'true');
            target.scrollIntoView({block: 'start'});
            target.focus({preventScroll: true});
        }
    }

    $(focusWhatAppeared);
    $(document).on('pfAjaxComplete', focusWhatAppeared);
})(jQuery);
