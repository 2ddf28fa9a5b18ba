"The gender-nbdev Streamlit app: `streamlit run app/streamlit_app.py` from the repository's root (the app itself is `gender_nbdev.app.main`)."
from gender_nbdev.app import main

main()
