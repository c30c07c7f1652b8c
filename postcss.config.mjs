// Tailwind CSS 4 runs as a PostCSS plugin inside Next's build.
export default { plugins: { "@tailwindcss/postcss": {} } };
