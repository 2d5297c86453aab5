/**
 * The address to share for the page being read (copied section links, the title slide's QR code, the run-sheet's
 * URL): its canonical URL when the site was built for a known address (SITE_URL), else the address the reader has
 * it at. A build without SITE_URL writes the placeholder http://localhost:4321 into its canonical links, which a
 * wiki or a phone scanning a QR code cannot reach; such a build says so with this meta tag (src/plugins/links/).
 */
export const readerAddressMetaName = 'guide:share-address';

export function sharedPageUrl(): string {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	return siteAddressKnown() && canonical ? canonical : location.href.replace(/[?#].*$/, '');
}

/** Whether this page's build knew its address (SITE_URL): its prebuilt QR codes then encode the right URL. */
export function siteAddressKnown(): boolean {
	return !document.querySelector(`meta[name="${readerAddressMetaName}"]`);
}
