if (new URLSearchParams(location.search).has('present')) {
	var root = document.documentElement;
	root.setAttribute('data-presenting-pending', '');
	setTimeout(function () {
		root.removeAttribute('data-presenting-pending');
	}, 3000);
}
