/** The top bar: title, search, view and language toggles, layout, canvas controls, share and account. */
import { AccountMenu } from "../features/Account/AccountMenu.tsx";
import { SearchBox } from "../features/Search/SearchBox.tsx";
import { ShareButton } from "../features/Share/ShareButton.tsx";
import { LangToggle } from "../features/Toolbar/LangToggle.tsx";
import { LayoutSelect } from "../features/Toolbar/LayoutSelect.tsx";
import { ViewToggle } from "../features/Toolbar/ViewToggle.tsx";
import { ZoomControls } from "../features/Toolbar/ZoomControls.tsx";
import { useT } from "../i18n/useT.ts";

export function Header() {
  const { t } = useT();
  return (
    <header className="app-header">
      <h1>{t("appTitle")}</h1>
      <SearchBox />
      <ViewToggle />
      <LayoutSelect />
      <ZoomControls />
      <div className="header-end">
        <ShareButton />
        <LangToggle />
        <AccountMenu />
      </div>
    </header>
  );
}
