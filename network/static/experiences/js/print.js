/* "Télécharger en PDF": the browser's print dialog (its "Save as PDF"), with the print
   stylesheet. The button stays hidden without JavaScript, where it could do nothing. */
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });
})();
