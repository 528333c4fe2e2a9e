/** The bench's fixed instant (a Wednesday, 11:30 in Paris): every run asks for and renders the same data. */
export const NOW = '2025-03-12T10:30:00Z';
