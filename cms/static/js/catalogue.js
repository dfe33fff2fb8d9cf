// On a narrow screen the filters start folded, so that the results come first.
// Without JavaScript they stay open: the page works either way.
(function () {
    var facets = document.getElementById("catalogue-facets");
    if (facets && window.matchMedia("(max-width: 51.99rem)").matches && !facets.querySelector("input:checked")) {
        facets.open = false;
    }
})();
