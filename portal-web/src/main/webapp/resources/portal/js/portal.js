/*
 * The portal's own script (served from the portal, so allowed by its Content-Security-Policy).
 *
 * 1. Focus: moves keyboard and screen-reader focus to what just appeared and needs reading first (a warning sign's
 *    advice, a review form), on page load and after every PrimeFaces Ajax update.
 * 2. Drafts: what a patient types in a form marked data-draft is kept in this tab's sessionStorage, under the page's
 *    address and the signed-in username. If the session ends before it is saved, the sign-in page (or the expired
 *    page) marks the draft for restoring; after signing in again, the same page fills the form back in and says so.
 *    A draft is never restored for another username, and signing out forgets every draft of this tab.
 * 3. Charts: a canvas with data-chart (the portal:chart tag) is drawn with Chart.js (PrimeFaces' copy, from the
 *    address in data-chart-script) once the page has loaded and the chart is on the screen; the script is fetched then, once, so a page whose
 *    charts are below the fold paints without waiting for 70 KB of script a slow phone may never need.
 */
(function ($) {
    'use strict';

    var DRAFT = 'portal.draft:';
    var RESTORE = 'portal.draft.restore';

    function focusWhatAppeared() {
        var target = document.querySelector('[data-focus-on-show]:not([data-focused])');
        if (target) {
            target.setAttribute('data-focused', 'true');
            target.scrollIntoView({block: 'start'});
            target.focus({preventScroll: true});
        }
    }

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null;
        }
    }

    function user() {
        return document.body.getAttribute('data-user') || '';
    }

    function draftKey() {
        return DRAFT + window.location.pathname + window.location.search;
    }

    function fieldsOf(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && field.name.indexOf('jakarta.faces.') !== 0 && !/_focus$/.test(field.name)
                && field.type !== 'submit' && field.type !== 'button' && field.type !== 'hidden'
                || field.tagName === 'SELECT';
        });
    }

    function save(form) {
        var storage = store();
        if (!storage) {
            return;
        }
        var values = {};
        fieldsOf(form).forEach(function (field) {
            if (field.type === 'checkbox' || field.type === 'radio') {
                values[field.name + '=' + field.value] = field.checked;
            } else {
                values[field.name] = field.value;
            }
        });
        storage.setItem(draftKey(), JSON.stringify({user: user(), values: values}));
    }

    function setSelect(select, value) {
        var id = select.id.replace(/_input$/, '');
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(id) : null;
        if (select.value === value) {
            return;
        }
        if (widget && widget.selectValue) {
            widget.selectValue(value);
        } else {
            select.value = value;
            $(select).trigger('change');
        }
    }

    function setBox(field, checked) {
        if (field.checked === checked) {
            return;
        }
        var box = $(field).closest('.ui-chkbox, .ui-radiobutton').find('.ui-chkbox-box, .ui-radiobutton-box');
        if (box.length) {
            box.trigger('click');
        } else {
            field.checked = checked;
        }
    }

    /** Fills the form in from the draft; fields that appear later (after an Ajax update) are filled in then. */
    function restore(form, draft) {
        var pending = false;
        Object.keys(draft.values).forEach(function (key) {
            var eq = key.indexOf('=');
            if (eq > 0 && typeof draft.values[key] === 'boolean') {
                var name = key.substring(0, eq);
                var value = key.substring(eq + 1);
                var box = Array.prototype.find.call(form.elements, function (f) {
                    return f.name === name && f.value === value;
                });
                if (box) {
                    setBox(box, draft.values[key]);
                } else {
                    pending = true;
                }
                return;
            }
            var field = form.elements.namedItem(key);
            if (!field) {
                pending = true;
            } else if (field.tagName === 'SELECT') {
                setSelect(field, draft.values[key]);
            } else if (field.value !== draft.values[key]) {
                field.value = draft.values[key];
            }
        });
        return pending;
    }

    function restoreDraft() {
        var storage = store();
        var form = document.querySelector('form[data-draft]');
        if (!storage || !form || storage.getItem(RESTORE) !== 'true') {
            return;
        }
        var raw = storage.getItem(draftKey());
        if (!raw) {
            return;
        }
        var draft = JSON.parse(raw);
        if (draft.user !== user()) {
            return;
        }
        storage.removeItem(RESTORE);
        var notice = document.getElementById('draftRestored');
        if (notice) {
            notice.hidden = false;
        }
        var tries = 3;
        (function again() {
            if (restore(form, draft) && tries-- > 0) {
                $(document).one('pfAjaxComplete', again);
            }
        })();
    }

    function forgetDrafts() {
        var storage = store();
        if (!storage) {
            return;
        }
        Object.keys(storage).filter(function (key) {
            return key.indexOf(DRAFT) === 0 || key === RESTORE;
        }).forEach(function (key) {
            storage.removeItem(key);
        });
    }

    var chartScript = null;

    function drawChart(canvas) {
        if (!chartScript) {
            chartScript = new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = canvas.getAttribute('data-chart-script');
                script.onload = resolve;
                script.onerror = reject;
                document.body.appendChild(script);
            });
        }
        chartScript.then(function () {
            new window.Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
            canvas.setAttribute('data-chart-drawn', 'true');
        });
    }

    function drawChartsWhenNear() {
        var canvases = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
        if (!('IntersectionObserver' in window)) {
            canvases.forEach(drawChart);
            return;
        }
        var observer = new IntersectionObserver(function (entries) {
            entries.filter(function (entry) {
                return entry.isIntersecting;
            }).forEach(function (entry) {
                observer.unobserve(entry.target);
                drawChart(entry.target);
            });
        });
        canvases.forEach(function (canvas) {
            observer.observe(canvas);
        });
    }

    $(function () {
        focusWhatAppeared();
        // After the page has loaded and painted: the charts never hold up what the patient reads first.
        if (document.readyState === 'complete') {
            drawChartsWhenNear();
        } else {
            window.addEventListener('load', drawChartsWhenNear);
        }
        if (document.querySelector('[data-draft-restore]') && store()) {
            store().setItem(RESTORE, 'true');
        }
        restoreDraft();
        $(document).on('input change', 'form[data-draft]', function () {
            save(this);
        });
        $(document).on('click', '[data-forget-drafts]', forgetDrafts);
        // The pain scale is optional: choosing the chosen number again clears it (a radio alone cannot be unchosen).
        $(document).on('pointerdown', 'ul.pain-scale input[type=radio]', function () {
            this.dataset.wasChecked = this.checked ? 'true' : '';
        });
        $(document).on('click', 'ul.pain-scale input[type=radio]', function () {
            if (this.dataset.wasChecked === 'true') {
                this.checked = false;
                $(this).trigger('change');
            }
            this.dataset.wasChecked = '';
        });
    });
    $(document).on('pfAjaxComplete', focusWhatAppeared);
})(jQuery);
