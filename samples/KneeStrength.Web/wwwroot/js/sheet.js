// The printable sheet's Print button (the sheet allows no inline script).
document.getElementById('print')?.addEventListener('click', () => window.print());
