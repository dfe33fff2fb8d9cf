"""The demo's English editions: translations of German demo pages made with wagtail-localize."""
