"""Review analytics: how long the review stages take, how many they finish,
how often they ask for changes and how often they run late (issue 15)."""
