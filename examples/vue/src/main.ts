// The clinic elements in a Vue 3 app. `clinic-elements` defines every element when this module
// runs, before the app mounts: Vue then sets `checked`, `layout` and `theme` as properties (a
// binding on an element that is not defined yet becomes an attribute, with its value as text).
import 'clinic-elements';
import { createApp } from 'vue';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
